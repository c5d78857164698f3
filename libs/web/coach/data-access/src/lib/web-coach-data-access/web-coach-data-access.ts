import { Component } from '@angular/core';

@Component({
  selector: 'rh-web-coach-data-access',
  imports: [],
  templateUrl: './web-coach-data-access.html',
  styleUrl: './web-coach-data-access.css',
})
export class WebCoachDataAccess {}
